//! A lab's screen: its parameters (up/down selects one, left/right or -/+ change it), the report
//! recomputed at once, space to step stepped labs, `r` for a new seed.

use swelearn_core::labs::{Lab, Report};

use super::action::Action;

pub struct LabScreen {
    pub lab: &'static Lab,
    pub values: Vec<f64>,
    pub selected: usize,
    pub seed: u64,
    /// Steps shown (stepped labs; 0 shows everything).
    pub step: usize,
    pub report: Result<Report, String>,
    /// Topics that offer this lab (ids), shown under the explanation.
    pub topics: Vec<String>,
}

impl LabScreen {
    pub fn new(lab: &'static Lab, topics: Vec<String>) -> LabScreen {
        let mut s = LabScreen {
            lab,
            values: lab.defaults(),
            selected: 0,
            seed: 1,
            step: usize::from(lab.stepped),
            report: Err(String::new()),
            topics,
        };
        s.rerun();
        s
    }

    /// Sets a parameter by its key and reruns.
    pub fn set(&mut self, key: &str, value: f64) {
        if let Some(i) = self.lab.params.iter().position(|p| p.key == key) {
            self.values[i] = value;
            self.rerun();
        }
    }

    fn rerun(&mut self) {
        self.report = self.lab.run(&self.values, self.seed, self.step);
    }

    fn nudge(&mut self, up: bool) {
        let p = &self.lab.params[self.selected];
        let v = self.values[self.selected];
        // Large values move by a tenth of themselves, so ranges of many orders of magnitude
        // stay quick to cover.
        let step = if p.choices.is_empty() && v.abs() >= p.step * 20.0 {
            (v.abs() / 10.0).max(p.step)
        } else {
            p.step
        };
        let next = if up { v + step } else { v - step };
        self.values[self.selected] = (if p.step.fract() == 0.0 {
            next.round()
        } else {
            next
        })
        .clamp(p.min, p.max);
        if self.lab.stepped {
            self.step = 1;
        }
        self.rerun();
    }

    pub fn update(&mut self, action: &Action) {
        match action {
            Action::Down => self.selected = (self.selected + 1).min(self.lab.params.len() - 1),
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Right => self.nudge(true),
            Action::Left => self.nudge(false),
            Action::Reveal if self.lab.stepped => {
                let total = match &self.report {
                    Ok(Report::ReadRepair(r)) => r.total_steps,
                    Ok(Report::Merkle(r)) => r.depth as usize + 1,
                    _ => 1,
                };
                self.step = if self.step >= total { 1 } else { self.step + 1 };
                self.rerun();
            }
            Action::Reseed => {
                self.seed = self
                    .seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407)
                    >> 16;
                self.rerun();
            }
            _ => {}
        }
    }
}
