//! The pseudo-terminal session the real-terminal tests share: the built binary in a PTY, keys
//! typed into it, the screen read back through a terminal emulator (vt100), and the check that
//! the terminal was restored.
#![allow(dead_code)] // each test target uses its own part of it

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub struct Session {
    pub master: Box<dyn MasterPty + Send>,
    pub writer: Box<dyn Write + Send>,
    pub child: Box<dyn Child + Send + Sync>,
    pub output: Arc<Mutex<Vec<u8>>>,
    pub home: tempfile::TempDir,
}

impl Session {
    pub fn start(cols: u16, rows: u16) -> Session {
        let home = tempfile::tempdir().expect("home");
        Session::start_in(home, cols, rows)
    }

    pub fn start_in(home: tempfile::TempDir, cols: u16, rows: u16) -> Session {
        Session::spawn(
            CommandBuilder::new(env!("CARGO_BIN_EXE_swelearn")),
            home,
            cols,
            rows,
        )
    }

    pub fn spawn(
        mut cmd: CommandBuilder,
        home: tempfile::TempDir,
        cols: u16,
        rows: u16,
    ) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("pty");
        cmd.env("SWELEARN_HOME", home.path());
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        let child = pty.slave.spawn_command(cmd).expect("spawn");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&output);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().expect("lock").extend_from_slice(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().expect("writer");
        Session {
            master: pty.master,
            writer,
            child,
            output,
            home,
        }
    }

    /// The screen as the emulator sees it now.
    pub fn screen(&self) -> String {
        let mut parser = emulator();
        parser.process(&self.output.lock().expect("lock"));
        parser.screen().contents()
    }

    #[track_caller]
    pub fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if self.screen().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("timed out waiting for {text:?}; screen:\n{}", self.screen());
    }

    pub fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("write");
        self.writer.flush().expect("flush");
        // Give the app time to read each batch, so ESC is not merged with what follows.
        std::thread::sleep(Duration::from_millis(150));
    }

    /// Waits for the process to end; returns whether it succeeded.
    pub fn wait_exit(&mut self) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if let Some(status) = self.child.try_wait().expect("wait") {
                std::thread::sleep(Duration::from_millis(200)); // let the reader drain
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        panic!("the app did not exit; screen:\n{}", self.screen());
    }

    /// Checks the terminal was given back: alternate screen left, cursor shown, mouse released.
    pub fn assert_restored(&self) {
        let out = self.output.lock().expect("lock").clone();
        let mut parser = emulator();
        parser.process(&out);
        let screen = parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor still hidden");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse still captured"
        );
        let text = String::from_utf8_lossy(&out);
        let entered = text
            .rfind("\u{1b}[?1049h")
            .expect("entered the alternate screen");
        let left = text
            .rfind("\u{1b}[?1049l")
            .expect("left the alternate screen");
        assert!(left > entered);
    }
}

/// A terminal emulator at least as big as any size the tests use.
pub fn emulator() -> vt100::Parser {
    let size = |n| std::num::NonZeroU16::new(n).expect("non-zero");
    vt100::Parser::new(size(70), size(210), 0)
}
