class Solution {
    public int lengthOfLongestSubstring(String s) {
        // Every substring, each checked for a repeat with a fresh set: O(n^3).
        int n = s.length(), best = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                Set<Character> chars = new HashSet<>();
                boolean unique = true;
                for (int k = i; k <= j; k++) {
                    if (!chars.add(s.charAt(k))) { unique = false; break; }
                }
                if (unique) best = Math.max(best, j - i + 1);
            }
        }
        return best;
    }
}
