var MinStack = function() {
    this.stack = [];
    this.min = Infinity;
};

MinStack.prototype.push = function(val) {
    this.stack.push(val);
    if (val < this.min) this.min = val;
};

MinStack.prototype.pop = function() {
    this.stack.pop();
};

MinStack.prototype.top = function() {
    return this.stack[this.stack.length - 1];
};

MinStack.prototype.getMin = function() {
    return this.min;
};
