package officialskg.cli;

public final class KgCommand {
    public static void main(String[] args) {
        System.out.println("kg");
    }
}
