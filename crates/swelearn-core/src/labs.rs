//! The interactive labs a topic may name in `labs:`. The simulations themselves live beside
//! this list as they are built; this table is what topic files are checked against.

/// A lab's id and one-line description.
pub const LABS: &[(&str, &str)] = &[
    (
        "quorum",
        "Quorum N/R/W calculator with probabilistically bounded staleness",
    ),
    (
        "read-repair",
        "Step through a write with a replica down, then a repairing read",
    ),
    (
        "merkle",
        "Compare two replicas with Merkle trees and count what is exchanged",
    ),
    (
        "hash-ring",
        "Consistent hashing with virtual nodes: keys moved and load imbalance",
    ),
    (
        "estimate",
        "Back-of-the-envelope calculator and estimation drills",
    ),
    (
        "availability",
        "Nines to downtime, and components in series and in parallel",
    ),
    (
        "bloom",
        "Bloom filter sizing and measured false-positive rate",
    ),
    (
        "rate-limit",
        "Token bucket, leaky bucket and windows on one bursty trace",
    ),
];

/// Whether a lab id exists.
pub fn exists(id: &str) -> bool {
    LABS.iter().any(|(lab, _)| *lab == id)
}
