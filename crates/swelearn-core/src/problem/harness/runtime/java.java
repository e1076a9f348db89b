// The swelearn judge's harness (generated; edits are lost). It reads every case from stdin, then
// on a thread with a large stack calls the solution in Solution.java with a monotonic clock
// around each call, and writes one result line per case in the judge's wire format.
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

class ListNode {
    long val;
    ListNode next;

    ListNode() {}

    ListNode(long val) {
        this.val = val;
    }

    ListNode(long val, ListNode next) {
        this.val = val;
        this.next = next;
    }
}

class TreeNode {
    long val;
    TreeNode left;
    TreeNode right;

    TreeNode() {}

    TreeNode(long val) {
        this.val = val;
    }

    TreeNode(long val, TreeNode left, TreeNode right) {
        this.val = val;
        this.left = left;
        this.right = right;
    }
}

public class Main {
    static final int MAX_NODES = 10_000_000;
    static byte[] data;
    static int pos;
    static String nonce;

    static final class Bad extends RuntimeException {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    static void fail(String msg) {
        System.err.println("swelearn harness: " + msg);
        System.err.flush();
        Runtime.getRuntime().halt(3);
    }

    static String tok() {
        while (pos < data.length && data[pos] <= ' ') pos++;
        int start = pos;
        while (pos < data.length && data[pos] > ' ') pos++;
        if (start == pos) fail("the judge's input ended early");
        return new String(data, start, pos - start, StandardCharsets.ISO_8859_1);
    }

    static long i64() {
        while (pos < data.length && data[pos] <= ' ') pos++;
        boolean neg = pos < data.length && data[pos] == '-';
        if (neg) pos++;
        long v = 0;
        int start = pos;
        while (pos < data.length && data[pos] > ' ') {
            int d = data[pos] - '0';
            if (d < 0 || d > 9) fail("an integer in the judge's input is not a number");
            v = v * 10 - d;
            pos++;
        }
        if (start == pos) fail("the judge's input ended early");
        return neg ? v : -v;
    }

    static int count() {
        return (int) i64();
    }

    static double f64() {
        return Double.parseDouble(tok());
    }

    static boolean bool() {
        return tok().equals("true");
    }

    static char chr() {
        return (char) i64();
    }

    static String str() {
        String t = tok();
        byte[] bytes = new byte[(t.length() - 1) / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(t.substring(1 + 2 * i, 3 + 2 * i), 16);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static long[] i64s() {
        long[] v = new long[count()];
        for (int i = 0; i < v.length; i++) v[i] = i64();
        return v;
    }

    static double[] f64s() {
        double[] v = new double[count()];
        for (int i = 0; i < v.length; i++) v[i] = f64();
        return v;
    }

    static boolean[] bools() {
        boolean[] v = new boolean[count()];
        for (int i = 0; i < v.length; i++) v[i] = bool();
        return v;
    }

    static char[] chrs() {
        char[] v = new char[count()];
        for (int i = 0; i < v.length; i++) v[i] = chr();
        return v;
    }

    static String[] strs() {
        String[] v = new String[count()];
        for (int i = 0; i < v.length; i++) v[i] = str();
        return v;
    }

    static long[][] i64ss() {
        long[][] v = new long[count()][];
        for (int i = 0; i < v.length; i++) v[i] = i64s();
        return v;
    }

    static double[][] f64ss() {
        double[][] v = new double[count()][];
        for (int i = 0; i < v.length; i++) v[i] = f64s();
        return v;
    }

    static boolean[][] boolss() {
        boolean[][] v = new boolean[count()][];
        for (int i = 0; i < v.length; i++) v[i] = bools();
        return v;
    }

    static char[][] chrss() {
        char[][] v = new char[count()][];
        for (int i = 0; i < v.length; i++) v[i] = chrs();
        return v;
    }

    static String[][] strss() {
        String[][] v = new String[count()][];
        for (int i = 0; i < v.length; i++) v[i] = strs();
        return v;
    }

    static ListNode list() {
        long[] values = i64s();
        ListNode head = null;
        for (int i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head);
        return head;
    }

    static TreeNode tree() {
        int n = count();
        TreeNode[] nodes = new TreeNode[n];
        for (int i = 0; i < n; i++) {
            String t = tok();
            if (!t.equals("null")) nodes[i] = new TreeNode(Long.parseLong(t));
        }
        int next = 1;
        for (int i = 0; i < n && next < n; i++) {
            if (nodes[i] == null) continue;
            nodes[i].left = nodes[next++];
            if (next < n) nodes[i].right = nodes[next++];
        }
        return n > 0 ? nodes[0] : null;
    }

    static void token(StringBuilder out, String t) {
        if (out.length() > 0) out.append(' ');
        out.append(t);
    }

    static void w(StringBuilder out, long x) {
        token(out, Long.toString(x));
    }

    static void w(StringBuilder out, double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) throw new Bad(x + " is not a finite number");
        token(out, Double.toString(x));
    }

    static void w(StringBuilder out, boolean x) {
        token(out, x ? "true" : "false");
    }

    static void w(StringBuilder out, char x) {
        token(out, Integer.toString(x));
    }

    static void w(StringBuilder out, String x) {
        if (x == null) throw new Bad("expected String, found null");
        if (out.length() > 0) out.append(' ');
        out.append('s');
        for (byte b : x.getBytes(StandardCharsets.UTF_8)) {
            out.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
    }

    static void size(StringBuilder out, Object a, int n, String name) {
        if (a == null) throw new Bad("expected " + name + ", found null");
        token(out, Integer.toString(n));
    }

    static Bad at(int i, Bad e) {
        return new Bad("[" + i + "]: " + e.getMessage());
    }

    static void w(StringBuilder out, long[] v) {
        size(out, v, v == null ? 0 : v.length, "long[]");
        for (long x : v) w(out, x);
    }

    static void w(StringBuilder out, double[] v) {
        size(out, v, v == null ? 0 : v.length, "double[]");
        for (int i = 0; i < v.length; i++) {
            try {
                w(out, v[i]);
            } catch (Bad e) {
                throw at(i, e);
            }
        }
    }

    static void w(StringBuilder out, boolean[] v) {
        size(out, v, v == null ? 0 : v.length, "boolean[]");
        for (boolean x : v) w(out, x);
    }

    static void w(StringBuilder out, char[] v) {
        size(out, v, v == null ? 0 : v.length, "char[]");
        for (char x : v) w(out, x);
    }

    static void w(StringBuilder out, String[] v) {
        size(out, v, v == null ? 0 : v.length, "String[]");
        for (int i = 0; i < v.length; i++) {
            try {
                w(out, v[i]);
            } catch (Bad e) {
                throw at(i, e);
            }
        }
    }

    static void w(StringBuilder out, long[][] v) {
        size(out, v, v == null ? 0 : v.length, "long[][]");
        for (int i = 0; i < v.length; i++) {
            try {
                w(out, v[i]);
            } catch (Bad e) {
                throw at(i, e);
            }
        }
    }

    static void w(StringBuilder out, double[][] v) {
        size(out, v, v == null ? 0 : v.length, "double[][]");
        for (int i = 0; i < v.length; i++) {
            try {
                w(out, v[i]);
            } catch (Bad e) {
                throw at(i, e);
            }
        }
    }

    static void w(StringBuilder out, boolean[][] v) {
        size(out, v, v == null ? 0 : v.length, "boolean[][]");
        for (int i = 0; i < v.length; i++) {
            try {
                w(out, v[i]);
            } catch (Bad e) {
                throw at(i, e);
            }
        }
    }

    static void w(StringBuilder out, char[][] v) {
        size(out, v, v == null ? 0 : v.length, "char[][]");
        for (int i = 0; i < v.length; i++) {
            try {
                w(out, v[i]);
            } catch (Bad e) {
                throw at(i, e);
            }
        }
    }

    static void w(StringBuilder out, String[][] v) {
        size(out, v, v == null ? 0 : v.length, "String[][]");
        for (int i = 0; i < v.length; i++) {
            try {
                w(out, v[i]);
            } catch (Bad e) {
                throw at(i, e);
            }
        }
    }

    static void w(StringBuilder out, ListNode head) {
        StringBuilder values = new StringBuilder();
        int n = 0;
        for (ListNode p = head; p != null; p = p.next) {
            if (n == MAX_NODES) throw new Bad("the list has more than " + MAX_NODES + " nodes: is there a cycle?");
            values.append(' ').append(p.val);
            n++;
        }
        token(out, Integer.toString(n));
        out.append(values);
    }

    static void w(StringBuilder out, TreeNode root) {
        ArrayList<TreeNode> queue = new ArrayList<>();
        queue.add(root);
        ArrayList<String> values = new ArrayList<>();
        for (int k = 0; k < queue.size(); k++) {
            TreeNode node = queue.get(k);
            if (node == null) {
                values.add("null");
                continue;
            }
            if (k > MAX_NODES) throw new Bad("the tree has more than " + MAX_NODES + " nodes: is there a cycle?");
            values.add(Long.toString(node.val));
            queue.add(node.left);
            queue.add(node.right);
        }
        int n = values.size();
        while (n > 0 && values.get(n - 1).equals("null")) n--;
        token(out, Integer.toString(n));
        for (int i = 0; i < n; i++) token(out, values.get(i));
    }

    static void ready() {
        System.out.print(nonce + " ready\n");
        System.out.flush();
    }

    static void emit(int i, long ns, StringBuilder line, Bad bad) {
        StringBuilder out = new StringBuilder();
        out.append(nonce).append(' ').append(i).append(' ').append(ns);
        if (bad == null) {
            out.append(" = ").append(line);
        } else {
            out.append(" ! ");
            for (byte b : bad.getMessage().getBytes(StandardCharsets.UTF_8)) {
                out.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
            }
        }
        out.append('\n');
        System.out.print(out);
        System.out.flush();
    }

    public static void main(String[] args) throws Exception {
        data = System.in.readAllBytes();
        if (!tok().equals("SWL1")) fail("the input is not in the judge's format");
        nonce = tok();
        long stack = Long.getLong("swelearn.stack", 512L << 20);
        Thread t = new Thread(null, Main::serve, "solution", stack);
        t.setUncaughtExceptionHandler((thread, e) -> {
            System.out.flush();
            e.printStackTrace();
            System.err.flush();
            Runtime.getRuntime().halt(1);
        });
        t.start();
        t.join();
        System.out.flush();
    }
