var hasCycle = function(head) {
    const seen = new Set();
    for (let node = head; node; node = node.next) {
        if (seen.has(node.val)) return true;
        seen.add(node.val);
    }
    return false;
};
