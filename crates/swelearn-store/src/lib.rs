//! Persistence of user data for swelearn. The store is introduced by the terminal UI and study work; until then this crate holds no code.
