class Solution {
public:
    int findUnsortedSubarray(vector<int>& nums) {
        // Left to right, the last index below the running maximum ends the window;
        // right to left, the last index above the running minimum starts it.
        int n = nums.size();
        int end = -1, high = INT_MIN;
        for (int i = 0; i < n; i++) {
            if (nums[i] < high) end = i;
            else high = nums[i];
        }
        int start = 0, low = INT_MAX;
        for (int i = n - 1; i >= 0; i--) {
            if (nums[i] > low) start = i;
            else low = nums[i];
        }
        return end == -1 ? 0 : end - start + 1;
    }
};
