package officialskg.cli;

import picocli.CommandLine;

/** The software version from the jar manifest ({@code dev} when run from classes). */
final class KgVersion implements CommandLine.IVersionProvider {

    static String current() {
        String v = KgVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"kg " + current()};
    }
}
