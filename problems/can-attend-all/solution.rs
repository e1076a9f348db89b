pub fn can_attend_all(mut meetings: Vec<Vec<i64>>) -> bool {
    meetings.sort_unstable_by_key(|m| m[0]);
    meetings.windows(2).all(|w| w[0][1] <= w[1][0])
}
