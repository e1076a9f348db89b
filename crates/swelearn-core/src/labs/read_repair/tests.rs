//! The version-vector relation, the replica rules and each scenario of the read-repair lab.

use super::*;

fn vv(entries: &[(usize, u64)]) -> VersionVector {
    VersionVector::of(entries)
}

fn p(scenario: u32, n: u32, w: u32, r: u32, skew: f64) -> Params {
    Params {
        n,
        w,
        r,
        scenario,
        skew,
    }
}

fn report(params: &Params) -> Report {
    run(params, 0).expect("runs")
}

#[test]
fn descends_is_a_partial_order() {
    let a = vv(&[(0, 2)]);
    let b = vv(&[(0, 1), (1, 1)]);
    let both = a.merge(&b);
    // Reflexive, and the empty vector is below everything.
    assert!(a.descends(&a) && a.descends(&VersionVector::default()));
    assert!(!VersionVector::default().descends(&a));
    // Concurrent writes: neither descends.
    assert!(!a.descends(&b) && !b.descends(&a) && a.concurrent(&b));
    // The merge descends from both, and a write on it descends from the merge (transitivity).
    assert!(both.descends(&a) && both.descends(&b));
    assert_eq!(both, vv(&[(0, 2), (1, 1)]));
    let next = both.bump(0);
    assert!(next.descends(&both) && next.descends(&a) && !both.descends(&next));
    // Antisymmetric: mutual descent only for equal vectors.
    assert!(vv(&[(2, 3)]).descends(&vv(&[(2, 3)])));
    assert_eq!(next.to_string(), "{r1:3, r2:1}");
}

#[test]
fn replicas_keep_siblings_and_drop_what_is_superseded() {
    let base = Version {
        value: "x".into(),
        clock: vv(&[(0, 1)]),
        stamp: 1,
    };
    let mut rep = Replica {
        up: true,
        versions: vec![base.clone()],
        hints: Vec::new(),
    };
    let a = Version {
        value: "a".into(),
        clock: base.clock.bump(0),
        stamp: 5,
    };
    let b = Version {
        value: "b".into(),
        clock: base.clock.bump(1),
        stamp: 3,
    };
    assert!(rep.receive(&a, Rule::Vectors), "a supersedes x");
    assert!(
        !rep.receive(&base, Rule::Vectors),
        "an older version is ignored"
    );
    assert!(
        rep.receive(&b, Rule::Vectors),
        "a concurrent one becomes a sibling"
    );
    assert_eq!(rep.versions.len(), 2);
    let merged = Version {
        value: "ab".into(),
        clock: a.clock.merge(&b.clock).bump(0),
        stamp: 4,
    };
    assert!(rep.receive(&merged, Rule::Vectors));
    assert_eq!(rep.versions, vec![merged.clone()]);
    // Last-write-wins keeps the higher stamp, whatever the vectors say.
    let mut lww = Replica {
        up: true,
        versions: vec![a.clone()],
        hints: Vec::new(),
    };
    assert!(!lww.receive(&merged, Rule::LastWriteWins));
    assert_eq!(lww.versions, vec![a]);
}

#[test]
fn a_write_reaches_w_replicas_and_the_rest_miss_it() {
    let v1 = Version {
        value: "v1".into(),
        clock: vv(&[(0, 1)]),
        stamp: 0,
    };
    let v2 = Version {
        value: "v2".into(),
        clock: vv(&[(0, 2)]),
        stamp: 0,
    };
    for w in 1..=5 {
        let mut c = Cluster::new(5, &v1, Rule::Vectors);
        let out = c.write(0, &v2, w, false);
        let with_v2 = c
            .replicas
            .iter()
            .filter(|r| r.versions == [v2.clone()])
            .count();
        assert_eq!((out.stored.len(), with_v2), (w, w), "W = {w}");
    }
    // A down replica in the write's path is skipped; with handoff a stand-in keeps a hint,
    // which reaches the replica when it comes back.
    let mut c = Cluster::new(3, &v1, Rule::Vectors);
    c.replicas[1].up = false;
    let out = c.write(0, &v2, 2, true);
    assert_eq!((out.stored.clone(), out.hint), (vec![0, 2], Some((2, 1))));
    assert_eq!(c.replicas[1].versions, vec![v1.clone()]);
    assert_eq!(c.recover(1), vec![2]);
    assert_eq!(c.replicas[1].versions, vec![v2.clone()]);
    assert!(c.converged());
    // Too few replicas up: the write fails and nothing changes.
    let mut c = Cluster::new(3, &v1, Rule::Vectors);
    c.replicas[1].up = false;
    assert!(!c.write(0, &v2, 3, true).succeeded);
    assert!(c.replicas.iter().all(|r| r.versions == [v1.clone()]));
}

#[test]
fn a_read_returns_the_newest_and_repairs_the_replicas_it_asked() {
    let v1 = Version {
        value: "v1".into(),
        clock: vv(&[(0, 1)]),
        stamp: 0,
    };
    let v2 = Version {
        value: "v2".into(),
        clock: vv(&[(0, 2)]),
        stamp: 0,
    };
    let mut c = Cluster::new(4, &v1, Rule::Vectors);
    c.write(0, &v2, 2, false);
    // Replicas 0 and 1 have v2; a read of 2 from replica 1 asks 1 and 2.
    let read = c.read(1, 2);
    assert_eq!(read.asked, vec![1, 2]);
    assert_eq!(read.returned, vec![v2.clone()]);
    assert_eq!(read.repaired, vec![2]);
    // Replica 3 was not asked: still stale.
    assert_eq!(c.replicas[3].versions, vec![v1]);
    assert!(!c.converged());
}

#[test]
fn hinted_handoff_and_read_repair_converge() {
    let with = report(&p(0, 3, 2, 2, 0.0));
    assert!(with.converged);
    assert!(
        with.conclusion
            .as_deref()
            .is_some_and(|c| c.starts_with("Every replica holds v2")),
        "{:?}",
        with.conclusion
    );
    assert!(
        with.steps[2].what.contains("keeps a hint"),
        "{}",
        with.steps[2].what
    );
    let without = report(&p(1, 3, 2, 2, 0.0));
    let read = &without.steps.last().expect("read").what;
    assert!(
        read.contains("writes it back to r2 (read repair)"),
        "{read}"
    );
    assert!(without.converged);
}

#[test]
fn partial_quorums_leave_stale_replicas() {
    // W = 1: only r1 gets v2; R = 1 reads r2, which never saw it.
    let partial = report(&p(1, 3, 1, 1, 0.0));
    let read = &partial.steps.last().expect("read").what;
    assert!(read.contains("misses v2"), "{read}");
    assert!(!partial.converged);
    assert!(
        partial
            .conclusion
            .as_deref()
            .is_some_and(|c| c.starts_with("r2, r3 still hold v1") && c.contains("anti-entropy")),
        "{:?}",
        partial.conclusion
    );
    // W reaches fewer replicas as W falls, whatever N is: with N = 5 and W = 2 three miss it.
    let five = report(&p(1, 5, 2, 1, 0.0));
    assert!(
        five.steps[2]
            .what
            .contains("r1, r3 store it; r2, r4, r5 miss it"),
        "{}",
        five.steps[2].what
    );
    let blocked = report(&p(0, 3, 3, 1, 0.0));
    assert!(blocked.steps.last().expect("write").what.contains("fails"));
}

#[test]
fn lww_loses_the_later_write_only_with_enough_skew() {
    let lost = report(&p(2, 3, 3, 1, 50.0));
    assert!(lost.conclusion.expect("done").contains("lost B's update"));
    assert!(
        lost.steps[2].what.contains("discarded"),
        "{}",
        lost.steps[2].what
    );
    let kept = report(&p(2, 3, 3, 1, 5.0));
    assert!(kept.conclusion.expect("done").contains("survived"));
    assert!(
        kept.steps
            .last()
            .expect("read")
            .what
            .contains("cart=[book, pen] @t1010")
    );
}

#[test]
fn concurrent_writes_become_siblings_and_a_merge_supersedes_them() {
    // W = 2 of 3: r1, r2 get A's write; r2, r3 get B's; r2 holds both.
    let vv_run = report(&p(3, 3, 2, 2, 0.0));
    assert!(
        vv_run.steps[2]
            .replicas
            .iter()
            .any(|r| r == "r2: cart=[book] {r1:2} | cart=[pen] {r1:1, r2:1}"),
        "{:?}",
        vv_run.steps[2].replicas
    );
    assert!(vv_run.steps[2].what.contains("r2 keep both as siblings"));
    assert!(
        vv_run.steps[3].what.contains("as siblings"),
        "{}",
        vv_run.steps[3].what
    );
    assert!(
        vv_run.steps[4].what.contains("cart=[book, pen]")
            && vv_run.steps[4].what.contains("{r1:3, r2:1}"),
        "{}",
        vv_run.steps[4].what
    );
    // With R = 1 the read sees one side only and the conflict stays hidden.
    let hidden = report(&p(3, 3, 1, 1, 0.0));
    assert_eq!(hidden.total_steps, 4);
    assert!(
        hidden
            .conclusion
            .as_deref()
            .is_some_and(|c| c.contains("still hidden")),
        "{:?}",
        hidden.conclusion
    );
}

#[test]
fn steps_are_shown_one_at_a_time_and_bad_quorums_are_refused() {
    let r = run(&p(0, 3, 2, 2, 0.0), 2).expect("runs");
    assert_eq!(r.steps.len(), 2);
    assert!(r.conclusion.is_none());
    assert_eq!(r.total_steps, 5);
    assert!(run(&p(0, 3, 4, 1, 0.0), 0).is_err());
}
