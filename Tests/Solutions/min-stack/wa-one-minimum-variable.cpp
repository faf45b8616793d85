class MinStack {
    vector<int> v;
    int mn = INT_MAX;
public:
    MinStack() {}
    void push(int val) {
        v.push_back(val);
        mn = min(mn, val);
    }
    void pop() { v.pop_back(); }
    int top() { return v.back(); }
    int getMin() { return mn; }
};
