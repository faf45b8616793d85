class MinStack {
    // One stack of differences from the minimum, the minimum in a field: a negative difference marks a push that
    // lowered the minimum, so a pop can restore it. In int, val - min overflows when the values are far apart
    // (2147483647 - (-2147483648) wraps to -1), and a wrapped difference reads as a new minimum.
    private final Deque<Integer> differences = new ArrayDeque<>();
    private int min;

    public MinStack() {
    }

    public void push(int val) {
        if (differences.isEmpty()) {
            differences.push(0);
            min = val;
        } else {
            int difference = val - min;
            differences.push(difference);
            if (difference < 0) min = val;
        }
    }

    public void pop() {
        int difference = differences.pop();
        if (difference < 0) min = min - difference;
    }

    public int top() {
        int difference = differences.peek();
        return difference < 0 ? min : min + difference;
    }

    public int getMin() {
        return min;
    }
}
