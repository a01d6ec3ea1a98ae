package cn.gov.wujin.yanghu.patrol.application;

import cn.gov.wujin.yanghu.organization.access.StationScope;
import cn.gov.wujin.yanghu.organization.domain.Roles;
import cn.gov.wujin.yanghu.patrol.domain.Tip;
import cn.gov.wujin.yanghu.patrol.domain.TipStatus;
import cn.gov.wujin.yanghu.shared.InvalidInputException;
import cn.gov.wujin.yanghu.shared.RecordNotFoundException;
import cn.gov.wujin.yanghu.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A tip's photo: added by its tipster while the tip is new, seen by whoever may read the tip. */
@Stateless
@RolesAllowed({Roles.VOLUNTEER, Roles.OFFICER, Roles.AUXILIARY, Roles.SUPERVISOR, Roles.LIAISON})
public class TipPhotos {

    /** Largest photo accepted: a phone photo, not a video. */
    public static final int PHOTO_LIMIT = 5 * 1024 * 1024;

    /** A tip's photo as stored: its type is what its bytes are. */
    public record Photo(String contentType, byte[] content) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StationScope scope;

    @Inject
    private TipAccess access;

    @Inject
    private TipViewAssembler views;

    /**
     * The tipster adds a photo to a new tip (again: it replaces the first, so a retried
     * upload stores one photo). JPEG or PNG, told by the bytes themselves, at most 5 MB.
     */
    public TipView attachPhoto(long tipId, byte[] content) {
        Tip tip = em.find(Tip.class, tipId);
        if (tip == null || !tip.isSubmittedBy(scope.caller().accountId())) {
            throw new RecordNotFoundException("Tip", tipId);
        }
        String type = checkPhoto(content);
        if (tip.getStatus() != TipStatus.NEW) {
            throw new RuleViolationException("tip.triage.done", tip.getStatus().name());
        }
        em.createNativeQuery("INSERT INTO tip_photo (tip_id, content_type, size_bytes, content, uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5) "
                        + "ON CONFLICT (tip_id) DO UPDATE SET content_type = EXCLUDED.content_type, size_bytes = EXCLUDED.size_bytes, "
                        + "content = EXCLUDED.content, uploaded_at = EXCLUDED.uploaded_at")
                .setParameter(1, tipId).setParameter(2, type).setParameter(3, content.length).setParameter(4, content)
                .setParameter(5, Timestamp.from(Instant.now())).executeUpdate();
        tip.photoAttached(type);
        em.flush();
        return views.view(tip);
    }

    /** The photo's type, or a refusal naming the field: too large, empty, or not a JPEG or PNG. */
    public static String checkPhoto(byte[] content) {
        if (content == null || content.length == 0 || content.length > PHOTO_LIMIT) {
            throw new InvalidInputException("photo", "tip.photo.size", PHOTO_LIMIT / 1024 / 1024);
        }
        String type = imageType(content);
        if (type == null) {
            throw new InvalidInputException("photo", "tip.photo.type");
        }
        return type;
    }

    /** The photo, for whoever may read the tip. */
    public Photo photo(long tipId) {
        access.readable(tipId);
        List<?> rows = em.createNativeQuery("SELECT content_type, content FROM tip_photo WHERE tip_id = ?1").setParameter(1, tipId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("TipPhoto", tipId);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Photo((String) row[0], (byte[]) row[1]);
    }

    /** JPEG (FF D8 FF) or PNG (89 50 4E 47 0D 0A 1A 0A) by their first bytes; anything else is refused. */
    static String imageType(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
        if (b.length > png.length && Arrays.equals(Arrays.copyOf(b, png.length), png)) {
            return "image/png";
        }
        return null;
    }
}
