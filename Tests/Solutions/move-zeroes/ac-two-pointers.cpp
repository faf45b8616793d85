class Solution {
public:
    void moveZeroes(vector<int>& nums) {
        // write is where the next non-zero goes; swapping keeps the non-zeros in order and
        // pushes the zeros behind them.
        int write = 0;
        for (int i = 0; i < (int)nums.size(); i++) {
            if (nums[i] != 0) swap(nums[write++], nums[i]);
        }
    }
};
