//! Keystroke-to-frame benchmarks of the terminal UI on a 10,000-topic library made by
//! `shared/tools/gen-library`: each iteration applies one key's Action and draws the whole frame
//! on ratatui's test backend (so what is measured is our work, not the terminal's).

use std::collections::HashMap;
use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use swelearn::tui::action::Action;
use swelearn::tui::app::App;
use swelearn::tui::source::MemorySource;
use swelearn::tui::theme::Theme;
use swelearn_core::catalog::Catalog;
use swelearn_core::library::{Library, Origin, SourceFile, SourceKind};

const TOPICS: usize = 10_000;

/// Generates the library with the shared generator (or reads `SWELEARN_BENCH_LIBRARY`).
fn library_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("SWELEARN_BENCH_LIBRARY") {
        return dir.into();
    }
    let dir = std::env::temp_dir().join(format!("swelearn-bench-{TOPICS}"));
    if !dir.join("topic-00000.md").exists() {
        let generator =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/tools/gen-library");
        let status = std::process::Command::new("python3")
            .arg(&generator)
            .arg(TOPICS.to_string())
            .arg(&dir)
            .status()
            .expect("python3 runs the generator");
        assert!(status.success(), "gen-library failed");
    }
    dir
}

fn app(w: u16, h: u16) -> App {
    let dir = library_dir();
    let mut files = HashMap::new();
    let mut sources = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("library dir") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let bytes = std::fs::read(&path).expect("read");
        sources.push(SourceFile {
            origin: Origin::Bundled { name: name.clone() },
            source: SourceKind::Flag,
            display: name.clone(),
            group: "lib".into(),
            bytes: bytes.clone(),
        });
        files.insert(name, bytes);
    }
    let (lib, _) = Library::load(sources);
    let catalog = Catalog::build(&lib, Vec::new());
    App::new(
        catalog,
        HashMap::new(),
        Box::new(MemorySource(files)),
        Theme::dark(),
        (w, h),
    )
}

fn bench(c: &mut Criterion) {
    let (w, h) = (200, 60);
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    let mut app = app(w, h);
    c.bench_function("home: j + frame (10,000 topics, 200x60)", |b| {
        b.iter(|| {
            app.update(black_box(Action::Down));
            term.draw(|f| swelearn::tui::draw::render(&app, f))
                .map(|_| ())
                .expect("draw");
        });
    });

    app.update(Action::Top);
    app.update(Action::Open);
    c.bench_function("reader: frame at 200x60", |b| {
        b.iter(|| {
            term.draw(|f| swelearn::tui::draw::render(black_box(&app), f))
                .map(|_| ())
                .expect("draw");
        });
    });
    c.bench_function("reader: j + frame at 200x60", |b| {
        b.iter(|| {
            app.update(black_box(Action::Down));
            app.update(black_box(Action::Top));
            term.draw(|f| swelearn::tui::draw::render(&app, f))
                .map(|_| ())
                .expect("draw");
        });
    });

    app.update(Action::Back);
    app.update(Action::Search);
    app.update(Action::Input('q'));
    app.update(Action::Input('u'));
    app.update(Action::Input('o'));
    c.bench_function("search palette: keystroke + frame (10,000 topics)", |b| {
        b.iter(|| {
            app.update(black_box(Action::Input('r')));
            term.draw(|f| swelearn::tui::draw::render(&app, f))
                .map(|_| ())
                .expect("draw");
            app.update(black_box(Action::Backspace));
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
