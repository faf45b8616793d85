int maxArea(int* height, int heightSize) {
    // Two pointers from the ends; the shorter line can never do better with a narrower partner, so it moves.
    int left = 0, right = heightSize - 1, best = 0;
    while (left < right) {
        int h = height[left] < height[right] ? height[left] : height[right];
        int area = h * (right - left);
        if (area > best) best = area;
        if (height[left] < height[right]) left++;
        else right--;
    }
    return best;
}
