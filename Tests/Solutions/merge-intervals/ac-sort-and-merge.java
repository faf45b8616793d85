class Solution {
    public int[][] merge(int[][] intervals) {
        // Sort by start; each interval either extends the last merged one or starts a new one.
        Arrays.sort(intervals, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] in : intervals) {
            if (!merged.isEmpty() && in[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], in[1]);
            } else {
                merged.add(new int[] {in[0], in[1]});
            }
        }
        return merged.toArray(new int[merged.size()][]);
    }
}
