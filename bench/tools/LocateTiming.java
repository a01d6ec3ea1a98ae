/** Locating a point among the demo history's grids in memory, as BoundaryCache does (README: The map). */
import cn.gov.wujin.yanghu.geo.demo.DemoBoundaries;
import cn.gov.wujin.yanghu.geo.domain.Outline;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.geom.Envelope;
import java.util.*;

public class LocateTiming {
    public static void main(String[] a) {
        Map<String, Map<String, List<String>>> places = new LinkedHashMap<>();
        String[] st = {"HT","NT","NXS","XH","LY","YG","HL","HSQ","XY","QH","LJ","JZ","HLI"};
        for (String s : st) { Map<String, List<String>> c = new LinkedHashMap<>();
            for (int i = 11; i <= 14; i++) { String code = s + "/" + s + "-" + i; c.put(code, List.of(code+"/G1", code+"/G2", code+"/G3")); }
            places.put(s, c); }
        long t0 = System.nanoTime();
        DemoBoundaries.Drawn d = DemoBoundaries.draw(new DemoBoundaries.Places(places));
        System.out.printf("drawn %d grids in %.0f ms%n", d.grids().size(), (System.nanoTime()-t0)/1e6);
        STRtree tree = new STRtree();
        d.grids().values().forEach(o -> tree.insert(o.box(), o));
        tree.build();
        Random r = new Random(1);
        int n = 200_000; long[] times = new long[n]; int found = 0;
        for (int i = 0; i < n; i++) {
            double lat = 31.48 + r.nextDouble()*0.38, lon = 119.68 + r.nextDouble()*0.52;
            long s = System.nanoTime();
            @SuppressWarnings("unchecked") List<Outline> c = tree.query(new Envelope(lon, lon, lat, lat));
            for (Outline o : c) if (o.covers(lat, lon)) { found++; break; }
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        System.out.printf("locate (grid, in memory): %d points, p50 %.1f us, p99 %.1f us, max %.1f us; %d inside a grid%n", n,
            times[n/2]/1e3, times[n*99/100]/1e3, times[n-1]/1e3, found);
    }
}
