use std::collections::VecDeque;

pub struct RoundRobin {
    queues: Vec<Vec<i64>>,
    /// (queue index, position of its next job) for every queue with jobs left, in turn order.
    turns: VecDeque<(usize, usize)>,
}

impl RoundRobin {
    pub fn new(queues: Vec<Vec<i64>>) -> Self {
        let turns = queues
            .iter()
            .enumerate()
            .filter(|(_, q)| !q.is_empty())
            .map(|(i, _)| (i, 0))
            .collect();
        RoundRobin { queues, turns }
    }

    pub fn next(&mut self) -> i64 {
        let (i, pos) = self
            .turns
            .pop_front()
            .expect("next is only called when has_next");
        if pos + 1 < self.queues[i].len() {
            // Back of the line for its next job.
            self.turns.push_back((i, pos + 1));
        }
        self.queues[i][pos]
    }

    pub fn has_next(&self) -> bool {
        !self.turns.is_empty()
    }
}
