// Pushes onto the minima only a value strictly smaller than the current minimum, and pops the minima when the
// popped value equals it: with the minimum pushed twice, the first pop empties the minima and the next get_min
// unwraps None.
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
        if self.minima.last().map_or(true, |&m| val < m) {
            self.minima.push(val);
        }
    }

    fn pop(&mut self) {
        let val = self.values.pop().unwrap();
        if Some(&val) == self.minima.last() {
            self.minima.pop();
        }
    }

    fn top(&self) -> i32 {
        *self.values.last().unwrap()
    }

    fn get_min(&self) -> i32 {
        *self.minima.last().unwrap()
    }
}
