pub fn covered_area(a: Vec<i64>, b: Vec<i64>) -> i64 {
    // Union = both areas minus the overlap, counted twice otherwise.
    let area = |r: &[i64]| (r[2] - r[0]) * (r[3] - r[1]);
    // The overlap is the product of the overlaps of the x-intervals and the y-intervals.
    let w = (a[2].min(b[2]) - a[0].max(b[0])).max(0);
    let h = (a[3].min(b[3]) - a[1].max(b[1])).max(0);
    area(&a) + area(&b) - w * h
}
