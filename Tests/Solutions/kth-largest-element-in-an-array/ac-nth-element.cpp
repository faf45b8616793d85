class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        // nth_element puts the (k-1)-th element of the descending order in place, in O(n) on average.
        nth_element(nums.begin(), nums.begin() + (k - 1), nums.end(), greater<int>());
        return nums[k - 1];
    }
};
