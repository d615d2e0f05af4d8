"""Camera, ID photos and QR codes.

``camera`` is the camera thread (Qt); everything else here is plain Python over OpenCV, no Qt:
``sources`` (opening a webcam or a file, failure reasons), ``faces`` and ``photo_rules`` (per-frame
ID-photo guidance), ``crop`` (the 450 × 540 px photo and its JPEG), ``photo`` (taking a photo, and the
``check`` command), ``qr`` (encode, decode) and ``scanner`` (agreement over frames). Views never import
OpenCV: they get QImages and plain values from here.
"""
