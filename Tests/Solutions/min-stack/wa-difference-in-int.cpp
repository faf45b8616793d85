// O(1) extra space: store each value as its difference from the minimum; the difference is kept in an int.
class MinStack {
    stack<int> diffs;
    int mn = 0;
public:
    MinStack() {}

    void push(int val) {
        if (diffs.empty()) {
            diffs.push(0);
            mn = val;
        } else {
            diffs.push(val - mn);
            if (val < mn) mn = val;
        }
    }

    void pop() {
        int d = diffs.top();
        diffs.pop();
        if (d < 0) mn = mn - d;
    }

    int top() {
        int d = diffs.top();
        return d < 0 ? mn : mn + d;
    }

    int getMin() { return mn; }
};
