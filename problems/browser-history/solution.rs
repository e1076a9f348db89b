/// Every page ever opened in this tab's line of history; `cur` is the page shown and `last` the
/// furthest page `forward` can reach (slots after it are stale and get overwritten).
pub struct BrowserHistory {
    pages: Vec<String>,
    cur: usize,
    last: usize,
}

impl BrowserHistory {
    pub fn new(home: String) -> Self {
        BrowserHistory {
            pages: vec![home],
            cur: 0,
            last: 0,
        }
    }

    pub fn visit(&mut self, url: String) {
        self.cur += 1;
        if self.cur == self.pages.len() {
            self.pages.push(url);
        } else {
            self.pages[self.cur] = url;
        }
        self.last = self.cur;
    }

    pub fn back(&mut self, steps: i64) -> String {
        self.cur = self.cur.saturating_sub(steps as usize);
        self.pages[self.cur].clone()
    }

    pub fn forward(&mut self, steps: i64) -> String {
        self.cur = self.last.min(self.cur + steps as usize);
        self.pages[self.cur].clone()
    }
}
