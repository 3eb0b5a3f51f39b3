package org.chronograph.graph.browser;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.chronograph.graph.Cypher;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * The guide and the styles on Neo4j's HTTP server (an unmanaged extension that {@code serve} mounts at
 * {@link BrowserGuide#MOUNT}): same origin as Neo4j Browser, so no cross-origin set-up. These addresses need no
 * password, so with authentication on the guide leaves this store's figures and names out.
 */
@Path("/")
public final class GuideResource {

    private final DatabaseManagementService dbms;
    private final Config config;

    public GuideResource(@Context DatabaseManagementService dbms, @Context Config config) {
        this.dbms = dbms;
        this.config = config;
    }

    @GET
    @Path(BrowserGuide.GUIDE)
    @Produces("text/html; charset=utf-8")
    public Response guide(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        base = base.substring(0, base.length() - BrowserGuide.MOUNT.length());
        BrowserGuide.Figures figures = config.get(GraphDatabaseSettings.auth_enabled) ? null : figures();
        return fresh(Response.ok(BrowserGuide.html(figures, base)));
    }

    @GET
    @Path(BrowserGuide.STYLE)
    @Produces("text/plain; charset=utf-8")
    public Response style() {
        return fresh(Response.ok(BrowserGuide.grass()));
    }

    private BrowserGuide.Figures figures() {
        return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally(
                Cypher.load("browser/guide.cypher"), Map.of(), result -> {
                    Map<String, Object> r = result.next();
                    Map<String, String> samples = new LinkedHashMap<>();
                    for (String k : new String[] {"actor", "actorA", "actorB", "event"}) {
                        samples.put(k, (String) r.get(k));
                    }
                    return new BrowserGuide.Figures(n(r, "articles"), n(r, "actors"), n(r, "events"),
                            n(r, "cancelled"), n(r, "statements"), n(r, "acts"), samples);
                });
    }

    private static long n(Map<String, Object> r, String key) {
        return ((Number) r.get(key)).longValue();
    }

    /** The store changes while serve runs: Browser asks again each time. */
    private static Response fresh(Response.ResponseBuilder b) {
        CacheControl c = new CacheControl();
        c.setNoCache(true);
        return b.cacheControl(c).build();
    }
}
