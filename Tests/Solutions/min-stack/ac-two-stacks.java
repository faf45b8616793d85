class MinStack {
    // Beside the values, a second stack holds the minimum of everything at or below each position, so a pop
    // brings the previous minimum back by itself.
    private final Deque<Integer> values = new ArrayDeque<>();
    private final Deque<Integer> minima = new ArrayDeque<>();

    public MinStack() {
    }

    public void push(int val) {
        values.push(val);
        minima.push(minima.isEmpty() ? val : Math.min(val, minima.peek()));
    }

    public void pop() {
        values.pop();
        minima.pop();
    }

    public int top() {
        return values.peek();
    }

    public int getMin() {
        return minima.peek();
    }
}
