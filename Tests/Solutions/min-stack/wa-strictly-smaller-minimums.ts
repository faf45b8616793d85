class MinStack {
    values: number[] = [];
    mins: number[] = [];

    push(val: number): void {
        this.values.push(val);
        if (this.mins.length === 0 || val < this.mins[this.mins.length - 1]) this.mins.push(val);
    }

    pop(): void {
        const top = this.values.pop();
        if (top === this.mins[this.mins.length - 1]) this.mins.pop();
    }

    top(): number {
        return this.values[this.values.length - 1];
    }

    getMin(): number {
        // undefined once the only copy of a repeated minimum is popped
        return this.mins[this.mins.length - 1];
    }
}
