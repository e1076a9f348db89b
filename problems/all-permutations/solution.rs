pub fn seating_orders(guests: Vec<i64>) -> Vec<Vec<i64>> {
    fn seat(guests: &[i64], used: &mut [bool], row: &mut Vec<i64>, out: &mut Vec<Vec<i64>>) {
        if row.len() == guests.len() {
            out.push(row.clone());
            return;
        }
        for i in 0..guests.len() {
            if !used[i] {
                used[i] = true;
                row.push(guests[i]);
                seat(guests, used, row, out);
                row.pop();
                used[i] = false;
            }
        }
    }
    let mut used = vec![false; guests.len()];
    let mut row = Vec::with_capacity(guests.len());
    let mut out = Vec::new();
    seat(&guests, &mut used, &mut row, &mut out);
    out
}
