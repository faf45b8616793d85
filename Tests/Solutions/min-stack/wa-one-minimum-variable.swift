class MinStack {
    var items = [Int]()
    var minimum = Int.max

    init() {}

    func push(_ val: Int) {
        items.append(val)
        minimum = min(minimum, val)
    }

    func pop() {
        items.removeLast()
    }

    func top() -> Int {
        return items.last!
    }

    func getMin() -> Int {
        return minimum
    }
}
