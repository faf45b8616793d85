
class MinStack {
    private var stack: [(value: Int, min: Int)] = []

    init() {}

    func push(_ val: Int) {
        let smallest = stack.isEmpty ? val : Swift.min(val, stack[stack.count - 1].min)
        stack.append((val, smallest))
    }

    func pop() {
        stack.removeLast()
    }

    func top() -> Int {
        stack[stack.count - 1].value
    }

    func getMin() -> Int {
        stack[stack.count - 1].min
    }
}
