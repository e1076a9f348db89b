//! Keeps the panic message of a built-in reference (run in-process, on a thread named
//! `reference`, to calibrate limits; its panic becomes a judge error) off the terminal: printed
//! to stderr only when asked (debug builds on the command line), never while the terminal UI
//! draws. Other panics go to the hook that was there before.

use std::panic::PanicHookInfo;
use std::sync::Arc;

type Hook = Arc<dyn Fn(&PanicHookInfo<'_>) + Send + Sync + 'static>;

/// The name of the thread the judge runs references on.
pub const REFERENCE_THREAD: &str = "reference";

/// While alive, panics on the reference thread are printed only if `print`; dropping it puts the
/// previous hook back.
pub struct QuietReferences {
    previous: Hook,
}

impl QuietReferences {
    pub fn install(print: bool) -> QuietReferences {
        let previous: Hook = Arc::from(std::panic::take_hook());
        let inner = previous.clone();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() == Some(REFERENCE_THREAD) {
                if print {
                    eprintln!("the built-in reference panicked: {info}");
                }
            } else {
                inner(info);
            }
        }));
        QuietReferences { previous }
    }
}

impl Drop for QuietReferences {
    fn drop(&mut self) {
        let previous = self.previous.clone();
        // Our hook is dropped here; the previous one is called through its `Arc` from now on.
        drop(std::panic::take_hook());
        std::panic::set_hook(Box::new(move |info| previous(info)));
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    static OTHERS: AtomicUsize = AtomicUsize::new(0);

    #[test]
    fn a_reference_panic_stays_quiet_and_others_reach_the_previous_hook() {
        let before = std::panic::take_hook();
        // Counts only this test's panics: other tests may panic meanwhile.
        std::panic::set_hook(Box::new(|info| {
            if info.to_string().contains("quiet-hook-test") {
                OTHERS.fetch_add(1, Ordering::SeqCst);
            }
        }));
        {
            let _quiet = QuietReferences::install(false);
            let r = std::thread::Builder::new()
                .name(REFERENCE_THREAD.into())
                .spawn(|| panic!("quiet-hook-test reference"))
                .expect("spawn")
                .join();
            assert!(r.is_err());
            assert_eq!(
                OTHERS.load(Ordering::SeqCst),
                0,
                "the reference's panic is swallowed"
            );
            let r = std::thread::Builder::new()
                .name("other".into())
                .spawn(|| panic!("quiet-hook-test other"))
                .expect("spawn")
                .join();
            assert!(r.is_err());
            assert_eq!(
                OTHERS.load(Ordering::SeqCst),
                1,
                "another panic reaches the old hook"
            );
        }
        let r = std::thread::Builder::new()
            .name(REFERENCE_THREAD.into())
            .spawn(|| panic!("quiet-hook-test after"))
            .expect("spawn")
            .join();
        assert!(r.is_err());
        assert_eq!(OTHERS.load(Ordering::SeqCst), 2, "the old hook is back");
        std::panic::set_hook(before);
    }
}
