class Solution {
    public int lengthOfLongestSubstring(String s) {
        // Counts the distinct characters of the whole string: the longest subsequence without a
        // repeat, not the longest substring ("pwwkew" gives 4).
        Set<Character> chars = new HashSet<>();
        for (char c : s.toCharArray()) chars.add(c);
        return chars.size();
    }
}
