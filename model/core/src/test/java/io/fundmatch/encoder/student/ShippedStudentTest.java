package io.fundmatch.encoder.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fundmatch.encoder.SentenceEncoder;
import org.junit.jupiter.api.Test;

/** The student shipped in the jar answers in the encoder's space (invented texts, never in its training data). */
class ShippedStudentTest {

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (double) a[i] * b[i];
        return s;
    }

    @Test
    void theShippedStudentIsCloseToTheEncoderAndKeepsItsNeighbours() {
        StudentEncoder student = StudentEncoder.shipped().orElseThrow();
        SentenceEncoder encoder = SentenceEncoder.shared();
        assertEquals(encoder.dimension(), student.dimension());
        String chips = "蓝湾微电子有限公司\n集成电路芯片设计；半导体器件研发与销售；技术服务";
        String food = "禾香餐饮管理有限公司\n餐饮服务；食品经营；预包装食品销售";
        String chipArea = "支持集成电路设计企业开展芯片研发，提升半导体产业链自主可控能力";
        String foodArea = "支持餐饮企业提升食品安全管理水平，发展连锁餐饮和中央厨房";
        // the student's vector of a text is nearer the encoder's vector of that text than of the other one
        double chipsSelf = dot(student.embed(chips), encoder.embed(chips));
        double foodSelf = dot(student.embed(food), encoder.embed(food));
        assertTrue(chipsSelf > dot(student.embed(chips), encoder.embed(food)), "chips: " + chipsSelf);
        assertTrue(foodSelf > dot(student.embed(food), encoder.embed(chips)), "food: " + foodSelf);
        assertTrue(chipsSelf > 0.6 && foodSelf > 0.6, "close to the encoder: " + chipsSelf + ", " + foodSelf);
        float[] chipsV = student.embed(chips);
        float[] foodV = student.embed(food);
        float[] chipAreaV = encoder.embed(chipArea);
        float[] foodAreaV = encoder.embed(foodArea);
        assertTrue(dot(chipsV, chipAreaV) > dot(chipsV, foodAreaV), "the chip designer nearer the chip area");
        assertTrue(dot(foodV, foodAreaV) > dot(foodV, chipAreaV), "the restaurant nearer the catering area");
        assertTrue(student.id().startsWith(StudentEncoder.NAME + "@"));
    }
}
