function maxArea(height: number[]): number {
    // Two pointers, but the taller side moves inward, keeping the short wall that limits the area.
    let left = 0, right = height.length - 1, best = 0;
    while (left < right) {
        best = Math.max(best, (right - left) * Math.min(height[left], height[right]));
        if (height[left] > height[right]) left++;
        else right--;
    }
    return best;
};
