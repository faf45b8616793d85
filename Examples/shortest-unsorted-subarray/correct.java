// A program (class Main): reads nums as one JSON integer array on stdin and prints the answer.
// Build and run: javac -d out correct.java && java -cp out Main < input
import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        int[] nums = new int[16];
        int n = 0;
        while (in.nextToken() != StreamTokenizer.TT_EOF) {
            if (in.ttype != StreamTokenizer.TT_NUMBER) continue;  // the brackets and commas
            if (n == nums.length) nums = java.util.Arrays.copyOf(nums, 2 * n);
            nums[n++] = (int) in.nval;
        }
        // The window ends at the last element below the running maximum and starts at the first above the
        // running minimum from the right.
        int end = -1, start = 0;
        for (int i = 0, max = Integer.MIN_VALUE; i < n; i++) {
            max = Math.max(max, nums[i]);
            if (nums[i] < max) end = i;
        }
        for (int i = n - 1, min = Integer.MAX_VALUE; i >= 0; i--) {
            min = Math.min(min, nums[i]);
            if (nums[i] > min) start = i;
        }
        System.out.println(end < 0 ? 0 : end - start + 1);
    }
}
