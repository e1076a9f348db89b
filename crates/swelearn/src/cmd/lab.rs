//! `swelearn lab [NAME] [--PARAM VALUE ...] [--seed S] [--step N] [--json]`: runs a lab with the
//! same numbers as its screen. Without a name, lists the labs. `estimate --drill` asks
//! estimation problems on stdin; `availability --system "99.99 > (99.9 | 99.9) > 99.95"`
//! evaluates any series/parallel system. A parameter that is unknown, missing its value or out
//! of range is a usage error (exit 2) naming the parameter and what it must be. `--json`
//! prints the report's fields with `lab`, `schema_version` and the `params` used (README, Labs).

use std::fmt::Write as _;
use std::io::{BufRead, Write};
use std::process::ExitCode;

use anyhow::{Result, bail};
use swelearn_core::catalog::Catalog;
use swelearn_core::labs::{self, Lab, estimate};

use crate::load::Loader;

pub fn run(loader: &Loader, name: Option<&str>, args: &[String]) -> Result<ExitCode> {
    let catalog = super::catalog(loader);
    let Some(name) = name else {
        let mut text = String::from(
            "Labs (run `swelearn lab NAME --help-params` to see a lab's parameters):\n",
        );
        for lab in labs::ALL {
            let _ = writeln!(text, "  {:<13} {}", lab.id, lab.title);
        }
        crate::out::print(&text)?;
        return Ok(ExitCode::SUCCESS);
    };
    let Some(lab) = labs::find(name) else {
        bail!(
            "no lab is called \"{}\"; labs are {}",
            swelearn_core::sanitize::clean(name),
            labs::ALL
                .iter()
                .map(|l| l.id)
                .collect::<Vec<_>>()
                .join(", ")
        );
    };
    let opts = match parse_args(lab, args) {
        Ok(opts) => opts,
        Err(e) => return Ok(usage(lab, &e)),
    };
    if opts.help {
        crate::out::print(&params_help(lab))?;
        return Ok(ExitCode::SUCCESS);
    }
    if opts.drill {
        return drill(opts.seed, opts.count);
    }
    if let Some(system) = &opts.system {
        let percent = match labs::availability::evaluate(system) {
            Ok(percent) => percent,
            Err(e) => return Ok(usage(lab, &e.into())),
        };
        let downtime = labs::availability::downtime(percent);
        if opts.json {
            crate::out::print(&crate::out::json(
                &serde_json::json!({"system": system, "availability_percent": percent, "downtime": downtime}),
            )?)?;
        } else {
            let per_year = labs::availability::PERIODS[0].1 * (1.0 - percent / 100.0);
            crate::out::print(&format!(
                "{system}\n= {percent:.6}% available, about {:.1} minutes of downtime a year\n",
                per_year / 60.0
            ))?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let report = match lab.run(&opts.values, opts.seed, opts.step) {
        Ok(report) => report,
        Err(e) => return Ok(usage(lab, &anyhow::Error::new(e))),
    };
    let text = if opts.json {
        crate::out::json(&json(lab, &opts.values, &report)?)?
    } else {
        let mut t = format!("{}\n\n", lab.title);
        for line in report.text() {
            t.push_str(&line);
            t.push('\n');
        }
        let topics = topics_with(&catalog, lab.id);
        if !topics.is_empty() {
            let _ = write!(t, "\nTopics with this lab: {}\n", topics.join(", "));
        }
        t
    };
    crate::out::print(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// The version of the `--json` output: fields are only ever added within one version.
pub const JSON_SCHEMA_VERSION: u32 = 1;

/// The report's fields, with the lab, the schema version and the parameters used.
fn json(lab: &Lab, values: &[f64], report: &labs::Report) -> Result<serde_json::Value> {
    let mut v = serde_json::to_value(report)?;
    let params: serde_json::Map<String, serde_json::Value> = lab
        .params
        .iter()
        .zip(values)
        .map(|(p, &x)| {
            let value = if p.choices.is_empty() {
                serde_json::json!(x)
            } else {
                serde_json::json!(p.show(x))
            };
            (p.key.to_owned(), value)
        })
        .collect();
    if let Some(obj) = v.as_object_mut() {
        obj.insert("lab".into(), lab.id.into());
        obj.insert("schema_version".into(), JSON_SCHEMA_VERSION.into());
        obj.insert("params".into(), params.into());
    }
    Ok(v)
}

/// A usage error: the message, where to look, and exit code 2.
fn usage(lab: &Lab, e: &anyhow::Error) -> ExitCode {
    eprintln!(
        "error: {}\nRun `swelearn lab {} --help-params` to see its parameters and their ranges.",
        swelearn_core::sanitize::clean(&format!("{e:#}")),
        lab.id
    );
    ExitCode::from(2)
}

/// Ids of the topics that name a lab.
pub fn topics_with(catalog: &Catalog, lab: &str) -> Vec<String> {
    catalog
        .docs
        .iter()
        .filter(|d| d.labs.iter().any(|l| l == lab))
        .map(|d| d.id.clone())
        .collect()
}

struct Opts {
    values: Vec<f64>,
    seed: u64,
    step: usize,
    json: bool,
    drill: bool,
    count: usize,
    system: Option<String>,
    help: bool,
}

fn parse_args(lab: &Lab, args: &[String]) -> Result<Opts> {
    let mut o = Opts {
        values: lab.defaults(),
        seed: 1,
        step: 0,
        json: false,
        drill: false,
        count: 3,
        system: None,
        help: false,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let Some(key) = arg.strip_prefix("--") else {
            bail!(
                "unexpected \"{}\": options look like --n 3",
                swelearn_core::sanitize::clean(arg)
            )
        };
        let (key, inline) = match key.split_once('=') {
            Some((k, v)) => (k, Some(v.to_owned())),
            None => (key, None),
        };
        let mut value = || -> Result<String> {
            match inline.clone().or_else(|| it.next().cloned()) {
                Some(v) => Ok(v),
                None => bail!("--{key} needs a value"),
            }
        };
        match key {
            "json" => o.json = true,
            "drill" if lab.id == "estimate" => o.drill = true,
            "help-params" => o.help = true,
            "seed" => {
                o.seed = value()?
                    .parse()
                    .map_err(|_| anyhow::anyhow!("--seed must be a whole number"))?;
            }
            "step" => {
                o.step = value()?
                    .parse()
                    .map_err(|_| anyhow::anyhow!("--step must be a whole number"))?;
            }
            "count" => {
                o.count = value()?
                    .parse()
                    .map_err(|_| anyhow::anyhow!("--count must be a whole number"))?;
            }
            "system" if lab.id == "availability" => o.system = Some(value()?),
            other => {
                let Some(i) = lab.params.iter().position(|p| p.key == other) else {
                    bail!(
                        "the {} lab has no parameter --{other}; its parameters are {}",
                        lab.id,
                        lab.params
                            .iter()
                            .map(|p| format!("--{}", p.key))
                            .collect::<Vec<_>>()
                            .join(", ")
                    );
                };
                o.values[i] = lab.params[i].parse(&value()?)?;
            }
        }
    }
    lab.check(&o.values)?;
    Ok(o)
}

fn params_help(lab: &Lab) -> String {
    let mut t = format!("{}\n\n{}\n\nParameters:\n", lab.title, lab.about);
    for p in lab.params {
        let choices = if p.choices.is_empty() {
            String::new()
        } else {
            format!(" ({})", p.choices.join(", "))
        };
        let range = if p.choices.is_empty() {
            format!(", {} to {}", p.show(p.min), p.show(p.max))
        } else {
            String::new()
        };
        let _ = writeln!(
            t,
            "  --{:<14} {} [default {}{range}]{choices}",
            p.key,
            p.help,
            p.show(p.default)
        );
    }
    t.push_str("  --seed S         seed for the simulation (default 1)\n  --json           print the report as JSON\n");
    if lab.stepped {
        t.push_str("  --step N         show only the first N steps\n");
    }
    t
}

/// Estimation drills: a problem, the user's estimate from stdin, the grade and the arithmetic.
fn drill(seed: u64, count: usize) -> Result<ExitCode> {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = crate::out::stdout();
    let mut line = String::new();
    let mut right = 0;
    for i in 0..count {
        let d = estimate::drill(seed.wrapping_add(i as u64));
        writeln!(out, "\n[{}/{count}] {}", i + 1, d.question)?;
        let guess = loop {
            write!(out, "Your estimate ({}; e.g. 12k, 3.5M, 2T): ", d.unit)?;
            out.flush()?;
            line.clear();
            if input.read_line(&mut line)? == 0 || line.trim() == "q" {
                writeln!(out)?;
                return Ok(ExitCode::SUCCESS);
            }
            match estimate::parse_quantity(&line) {
                Some(g) => break g,
                None => writeln!(out, "Type a number, optionally with k, M, G, T or P.")?,
            }
        };
        let grade = estimate::grade(d.answer, guess);
        let verdict = match grade {
            estimate::Grade::Right => "Right (within 25%)",
            estimate::Grade::Close => "Close (within 2x: the right order of magnitude)",
            estimate::Grade::Off => "Off by more than 2x",
        };
        right += usize::from(grade == estimate::Grade::Right);
        writeln!(
            out,
            "{verdict}. The answer is about {:.3e} {}:",
            d.answer, d.unit
        )?;
        for w in &d.worked {
            writeln!(out, "  {w}")?;
        }
    }
    writeln!(out, "\n{right}/{count} within 25%.")?;
    Ok(ExitCode::SUCCESS)
}
