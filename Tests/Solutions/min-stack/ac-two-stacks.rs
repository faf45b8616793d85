// Beside the values, a second stack holds the minimum of everything at or below each position, so a pop brings
// the previous minimum back by itself.
struct MinStack {
    values: Vec<i32>,
    minima: Vec<i32>,
}

impl MinStack {
    fn new() -> Self {
        MinStack { values: Vec::new(), minima: Vec::new() }
    }

    fn push(&mut self, val: i32) {
        self.values.push(val);
        let min = self.minima.last().map_or(val, |&m| m.min(val));
        self.minima.push(min);
    }

    fn pop(&mut self) {
        self.values.pop();
        self.minima.pop();
    }

    fn top(&self) -> i32 {
        *self.values.last().unwrap()
    }

    fn get_min(&self) -> i32 {
        *self.minima.last().unwrap()
    }
}
