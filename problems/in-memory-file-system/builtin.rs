//! Build-Agent Scratch File System: the reference's binding and the large cases.

use crate::support::*;

class!(FileSystem {
    new();
    ls(path: String) -> Vec<String>;
    mkdir(path: String);
    add_content(path: String, content: String);
    read_content(path: String) -> String;
});

fn call(method: &str, args: &[&str]) -> Call {
    Call {
        method: method.into(),
        args: args.iter().map(|a| Value::Str((*a).into())).collect(),
    }
}

const NAME: &str = "abcdefghijklmnopqrstuvwxyz0123456789";

/// 2,500 project folders holding 16 files each (40,000 files), then 25,000 listings of a folder
/// or a file and 5,000 reads: finding a folder's children by scanning every path costs over
/// 40,000 steps a listing. Then a chain of folders 40 deep, with 60,000 appends and reads at
/// random depths of it and listings along it.
pub fn large(rng: &mut Rng) -> Vec<Input> {
    let mut wide = vec![call("FileSystem", &[])];
    let dirs: Vec<String> = (0..2_500)
        .map(|i| format!("/{}{i}/src", string(rng, 3, NAME)))
        .collect();
    let mut files = Vec::new();
    for d in &dirs {
        wide.push(call("mkdir", &[d]));
    }
    for d in &dirs {
        for j in 0..16 {
            let f = format!("{d}/{}{j}", string(rng, 2, NAME));
            wide.push(call("add_content", &[&f, &string(rng, 10, NAME)]));
            files.push(f);
        }
    }
    for i in 0..30_000 {
        if i % 6 == 5 {
            let f = &files[rng.usize(..files.len())];
            wide.push(call("read_content", &[f]));
        } else if rng.bool() {
            wide.push(call("ls", &[&dirs[rng.usize(..dirs.len())]]));
        } else {
            wide.push(call("ls", &[&files[rng.usize(..files.len())]]));
        }
    }

    let mut deep = vec![call("FileSystem", &[])];
    let levels: Vec<String> = (0..40).map(|_| string(rng, 1, NAME)).collect();
    let prefix = |k: usize| format!("/{}", levels[..k].join("/"));
    deep.push(call("mkdir", &[&prefix(40)]));
    let mut made = std::collections::HashSet::new();
    for i in 0..60_000 {
        let k = rng.usize(1..40);
        let f = format!("{}/f{}", prefix(k), rng.usize(..5));
        match i % 4 {
            2 => deep.push(call("ls", &[&prefix(k)])),
            3 if made.contains(&f) => deep.push(call("ls", &[&f])),
            _ => {
                deep.push(call("add_content", &[&f, &string(rng, 3, NAME)]));
                made.insert(f);
            }
        }
    }
    for k in 1..40 {
        for j in 0..5 {
            let f = format!("{}/f{j}", prefix(k));
            deep.push(call("add_content", &[&f, "end"]));
            deep.push(call("read_content", &[&f]));
        }
    }
    vec![Input::Calls(wide), Input::Calls(deep)]
}
