package cn.gov.wujin.yanghu.patrol.application;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TipPhotoTypeTest {

    @Test
    void theTypeIsToldByTheBytesNotByTheName() {
        assertThat(TipPhotos.imageType(new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0})).isEqualTo("image/jpeg");
        assertThat(TipPhotos.imageType(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0})).isEqualTo("image/png");
        assertThat(TipPhotos.imageType("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(TipPhotos.imageType("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(TipPhotos.imageType(new byte[]{(byte) 0xff, (byte) 0xd8})).isNull();
    }
}
