// A photo made smaller on the phone before it waits in the queue: at most 1600 px on its long
// side, JPEG, the quality lowered until it fits in 1 MB (the server takes 5 MB; the bar of signal
// outdoors is what counts).
const LIMIT = 1024 * 1024;

function load(file) {
    return new Promise((resolve, reject) => {
        const img = new Image();
        img.onload = () => resolve(img);
        img.onerror = reject;
        img.src = URL.createObjectURL(file);
    });
}

export async function compress(file, maxSide = 1600) {
    const img = await load(file);
    let scale = Math.min(1, maxSide / Math.max(img.naturalWidth, img.naturalHeight));
    for (let attempt = 0; attempt < 6; attempt++) {
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(img.naturalWidth * scale);
        canvas.height = Math.round(img.naturalHeight * scale);
        canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
        for (const quality of [0.85, 0.7, 0.55]) {
            const blob = await new Promise(r => canvas.toBlob(r, 'image/jpeg', quality));
            if (blob && blob.size <= LIMIT) {
                URL.revokeObjectURL(img.src);
                return blob;
            }
        }
        scale *= 0.75;
    }
    URL.revokeObjectURL(img.src);
    return null;
}
