int maxArea(int* height, int heightSize) {
    // Moves the taller line instead of the shorter one, so the best pair is often skipped.
    int left = 0, right = heightSize - 1, best = 0;
    while (left < right) {
        int h = fmin(height[left], height[right]);
        if (h * (right - left) > best) best = h * (right - left);
        if (height[left] > height[right]) left++;
        else right--;
    }
    return best;
}
